import { reportSchema } from '../src/assess/report-schema.js';
import { solutionSchema } from '../src/artefacts/solution/schema.js';
import { comparisonSchema } from '../src/tender/comparison-schema.js';
import { assessmentSchema, tenderSchema } from '../src/tender/schema.js';

/**
 * The JSON Schemas the package publishes, by file name under schemas/. They are committed (so editors,
 * docs and links find them without a build) and a test keeps them in step with the TypeScript sources.
 */
export function publishedSchemas(): Record<string, string> {
  const text = (schema: unknown) => `${JSON.stringify(schema, null, 2)}\n`;
  return {
    'solution.schema.json': text(solutionSchema),
    'report.schema.json': text(reportSchema),
    'tender.schema.json': text(tenderSchema),
    'assessment.schema.json': text(assessmentSchema),
    'comparison.schema.json': text(comparisonSchema),
  };
}
