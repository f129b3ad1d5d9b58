// @ts-check
/**
 * A small TypeDoc plugin for the API reference (docs/api/), loaded by typedoc.json.
 *
 * 1. Categories by path: the generated modules (`src/datasets/*.ts`, `src/editions.ts`) and the shared
 *    type modules (`src/types.ts`, `src/schema/`) get their `@category` from where they live. A symbol's
 *    own `@category` tag always wins, so hand-written functions declare theirs in their TSDoc.
 * 2. `@throws {RangeError} when …`: the markdown theme drops the JSDoc-style type annotation, so it is
 *    put back into the text as `` `RangeError` when … ``.
 */
import { Comment, CommentTag, Converter, ReflectionKind } from "typedoc";

/** @type {[RegExp, string][]} */
const BY_PATH = [
  [/^src\/datasets\//, "Datasets"],
  [/^src\/editions\.ts$/, "Editions"],
  [/^src\/types\.ts$/, "Types"],
  [/^src\/schema\//, "Types"],
];

/** @param {Comment | undefined} comment */
function throwsWithType(comment) {
  for (const tag of comment?.blockTags ?? []) {
    if (tag.tag === "@throws" && tag.typeAnnotation) {
      const type = tag.typeAnnotation.replace(/^\{|\}$/g, "").trim();
      tag.content = [{ kind: "code", text: `\`${type}\`` }, { kind: "text", text: " " }, ...tag.content];
      delete tag.typeAnnotation;
    }
  }
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context) => {
      const project = context.project;
      for (const refl of Object.values(project.reflections)) {
        if (refl.isDeclaration() || refl.isSignature()) throwsWithType(refl.comment);
        if (!refl.isDeclaration() || refl.kindOf(ReflectionKind.SomeModule)) continue;
        if (!refl.parent || !refl.parent.kindOf(ReflectionKind.SomeModule | ReflectionKind.Project)) continue;
        const own = [refl.comment, ...(refl.signatures ?? []).map((s) => s.comment)];
        if (own.some((c) => c?.blockTags.some((t) => t.tag === "@category"))) continue;
        const path = project.getSymbolIdFromReflection(refl)?.packagePath ?? "";
        const hit = BY_PATH.find(([re]) => re.test(path));
        if (!hit) continue;
        refl.comment ??= new Comment();
        refl.comment.blockTags.push(new CommentTag("@category", [{ kind: "text", text: hit[1] }]));
      }
    },
    100,
  );
}
