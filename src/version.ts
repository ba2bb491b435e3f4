import pkg from '../package.json' with { type: 'json' };

/** The package version, recorded in every report. */
export const VERSION: string = pkg.version;
