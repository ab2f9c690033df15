/**
 * Templates and snippets (issue 4): the field syntax with its parser and renderers, the record
 * schema and the built-in templates. Pure: storage, the side panel and insertion build on this.
 */
export { BUILTIN_TEMPLATES, builtinByShortcut } from './builtin';
export {
  DATE_FORMATS,
  type DateFormat,
  describeDateExpression,
  type Field,
  type FieldIssue,
  FIELD_KINDS,
  type FieldKind,
  fieldText,
  type FieldValue,
  type FieldValues,
  formatDate,
  initialValues,
  isoDate,
  type ParsedTemplate,
  parseTemplate,
  renderTemplate,
  renderTemplateHtml,
  resolveDate,
  type Token,
} from './fields';
export {
  type BuiltinTemplate,
  BuiltinTemplateSchema,
  SHORTCUT_RE,
  type Template,
  TEMPLATE_ORIGINS,
  type TemplateOrigin,
  TemplateSchema,
} from './template-schema';
