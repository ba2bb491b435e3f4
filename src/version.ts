// a named import lets the bundler take only the version, not the whole package.json
import { version } from '../package.json';

/** The package version, recorded in every report. */
export const VERSION: string = version;
