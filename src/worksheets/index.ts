/**
 * The worksheet check (issue 4 and 7): pure TypeScript over the engine, shared by the side
 * panel and `coach assess`.
 */
export { assessWorksheet } from './assess-worksheet';
export {
  type Assessment,
  AssessmentSchema,
  CRITERIA,
  CRITERION_TITLES,
  type CriterionId,
  WORKSHEET_KINDS,
  type WorksheetKind,
} from './assessment-schema';
export { LEEFGEBIEDEN } from '../analysis/leefgebieden';
