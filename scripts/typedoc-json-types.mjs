// @ts-check
/**
 * A local TypeDoc plugin (loaded by typedoc.json's `plugin`): the codec's `*Json` types are
 * derived from their schemas (`type InvitationJson = JsonOf<typeof invitationDecoder>`), and
 * that text tells a reader nothing. The site shows each such type as TypeScript resolves it,
 * the JSON shape itself, so the schema stays the one declaration and the page stays readable.
 */
import { Converter, ReflectionKind } from "typedoc";
import ts from "typescript";

/** A type alias whose declared type goes through the schema's type functions. */
const DERIVED = /\bJsonOf(?:Type|Shape)?\b|\bInfer\b/;

/** @param {import("typedoc").Application} app */
export function load(app) {
  // TypeDoc converts a type alias's declared type right after this event; the setter
  // takes that conversion's place with the resolved type, while the source file is open.
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.TypeAlias)) return;
    const symbol = context.getSymbolFromReflection(reflection);
    const declaration = symbol?.declarations?.find(ts.isTypeAliasDeclaration);
    if (declaration === undefined || !DERIVED.test(declaration.type.getText())) return;
    Object.defineProperty(reflection, "type", {
      configurable: true,
      enumerable: true,
      set() {
        const resolved = context.checker.getTypeAtLocation(declaration.type);
        const type = context.converter.convertType(context.withScope(reflection), resolved);
        Object.defineProperty(reflection, "type", {
          value: type,
          writable: true,
          configurable: true,
          enumerable: true,
        });
      },
      get: () => undefined,
    });
  });
}
