import { join } from "node:path";
import { Application, type DeclarationReflection, type ProjectReflection, ReflectionKind } from "typedoc";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../scripts/rules-doc.js";
import { GROUP_ORDER } from "../../scripts/site-map.js";

// TypeDoc converts the real project with typedoc.json and the site plugin, without writing HTML.
let project: ProjectReflection;
let problems: number;

beforeAll(async () => {
  const app = await Application.bootstrapWithPlugins({ options: join(ROOT, "typedoc.json"), logLevel: "Error" });
  const converted = await app.convert();
  if (converted === undefined) throw new Error("TypeDoc did not convert the project");
  project = converted;
  app.validate(project);
  problems = app.logger.errorCount + app.logger.warningCount + app.logger.validationWarningCount;
}, 120_000);

const modules = () => project.getChildrenByKind(ReflectionKind.Module);
const moduleNamed = (name: string) => {
  const found = modules().find((module) => module.name === name);
  if (found === undefined) throw new Error(`no module ${name}`);
  return found;
};

describe("the documentation site as TypeDoc builds it (typedoc.json + scripts/typedoc-plugin.mjs)", () => {
  it("converts and validates with no warning and no error", () => {
    expect(problems).toBe(0);
  });

  it("groups every export of every entry by concern, in the site map's order, none by kind", () => {
    for (const module of modules()) {
      const titles = (module.groups ?? []).map((group) => group.title);
      expect(titles.length).toBeGreaterThan(1);
      expect(
        titles.every((title) => GROUP_ORDER.includes(title)),
        `${module.name}: ${titles.join(", ")}`,
      ).toBe(true);
      expect(titles).toEqual(GROUP_ORDER.filter((title) => titles.includes(title)));
    }
    expect(moduleNamed("partner-relationships").groups?.[0]?.title).toBe("Invitations");
  });

  it("lists functions before constants and types within each group", () => {
    const rank = (child: { kind: ReflectionKind }) =>
      child.kind === ReflectionKind.Function ? 0 : child.kind === ReflectionKind.Variable ? 1 : 2;
    for (const module of modules())
      for (const group of module.groups ?? []) {
        const ranks = group.children.map(rank);
        expect(ranks, `${module.name} / ${group.title}`).toEqual([...ranks].sort((a, b) => a - b));
      }
  });

  it("lists the guides in reading order, titled, in the Guides and Reference groups", () => {
    const guides = (project.groups ?? []).find((group) => group.title === "Guides")?.children.map((c) => c.name);
    expect(guides?.slice(0, 4)).toEqual(["Concepts", "Lifecycles", "GDAP", "Questions (access)"]);
    expect(guides?.at(-1)).toBe("Decisions");
    const reference = (project.groups ?? []).find((group) => group.title === "Reference")?.children.map((c) => c.name);
    expect(reference).toEqual(["Rule catalogue", "Policy editions", "Quality (mutation testing)"]);
  });

  it("turns a guide's link to an export's source file into a link to the export", () => {
    const lifecycles = project.documents?.find((document) => document.name === "Lifecycles");
    const links = (lifecycles?.content ?? []).filter((part) => part.kind === "inline-tag");
    const accept = links.find((part) => part.text === "acceptInvitation");
    expect((accept?.target as DeclarationReflection | undefined)?.name).toBe("acceptInvitation");
    expect(
      (lifecycles?.content ?? []).some((part) => part.kind === "relative-link" && part.text.includes("src/")),
    ).toBe(false);
  });
});
