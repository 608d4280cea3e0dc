import packageJson from '../package.json' with { type: 'json' }

/**
 * The version of `@techcommit/cli`, as `techcommit --version` prints it.
 *
 * @example
 * cliVersion // '0.1.0'
 */
export const cliVersion: string = packageJson.version
