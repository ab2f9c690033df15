import * as z from 'zod/mini';
import { parseTemplate } from './fields';

/**
 * A template (snippet) is a data record. Built-in templates are one file each under
 * `builtin/`, read-only; a worker's own and an organisation's templates have the same shape
 * (storage adds usage count, timestamps and favourites around it).
 */
export const TEMPLATE_ORIGINS = ['builtin', 'own', 'organisation'] as const;

/** `/ki`, `/ap`, `/tkb`: a slash and 2 to 8 lower-case letters or digits. */
export const SHORTCUT_RE = /^\/[a-z0-9]{2,8}$/;
const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TAG_RE = /^[\p{Ll}\p{N}]+(?:[ -][\p{Ll}\p{N}]+)*$/u;

/** The body's fields must all parse: a malformed field is a mistake in the template. */
const body = z.string().check(
  z.minLength(1),
  z.maxLength(50_000),
  z.superRefine((value, ctx) => {
    for (const issue of parseTemplate(value).issues) {
      ctx.issues.push({ code: 'custom', input: value, message: `teken ${issue.start}: ${issue.message}` });
    }
  }),
);

export const TemplateSchema = z.object({
  id: z.string().check(z.regex(ID_RE)),
  title: z.string().check(z.minLength(3), z.maxLength(120)),
  shortcut: z.optional(z.string().check(z.regex(SHORTCUT_RE))),
  tags: z.array(z.string().check(z.regex(TAG_RE))),
  body,
  /** Where the content comes from, and what it is not (e.g. not an official list). */
  source: z.optional(z.string().check(z.minLength(10))),
  origin: z.enum(TEMPLATE_ORIGINS),
});
export type Template = z.infer<typeof TemplateSchema>;

/** A built-in template: always a shortcut, a source note and at least one tag. */
export const BuiltinTemplateSchema = z.object({
  ...TemplateSchema.def.shape,
  shortcut: z.string().check(z.regex(SHORTCUT_RE)),
  tags: z.array(z.string().check(z.regex(TAG_RE))).check(z.minLength(1)),
  source: z.string().check(z.minLength(40)),
  origin: z.literal('builtin'),
});
export type BuiltinTemplate = z.infer<typeof BuiltinTemplateSchema>;
