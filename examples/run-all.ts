/** `npm run example`: every story of the examples, in order. */
import { coreLifecycle } from "./core-lifecycle.js";

coreLifecycle();
