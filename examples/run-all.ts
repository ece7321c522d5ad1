/** `npm run example`: every story of the examples, in order. */
import { accessQuestions } from "./access-questions.js";
import { auditExample } from "./audit.js";
import { conformance } from "./conformance.js";
import { coreLifecycle } from "./core-lifecycle.js";
import { gdapTimeline } from "./gdap-timeline.js";
import { graphPage } from "./graph-page.js";
import { replayHistory } from "./replay-history.js";

coreLifecycle();
gdapTimeline();
accessQuestions();
replayHistory();
graphPage();
auditExample();
conformance();
