/**
 * The worksheet check (issue 4 and 7): pure TypeScript over the engine, shared by the side
 * panel and `coach assess`.
 */
export { ADVICE, type AssessOptions, assessWorksheet } from './assess-worksheet';
export {
  type Assessment,
  AssessmentSchema,
  type AssessmentSpan,
  CRITERIA,
  CRITERION_TITLES,
  type CriterionId,
  type CriterionResult,
  CriterionResultSchema,
  WORKSHEET_KINDS,
  type WorksheetKind,
} from './assessment-schema';
export { LEEFGEBIEDEN, type LeefgebiedId } from './leefgebieden';
