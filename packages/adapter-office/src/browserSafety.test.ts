import { describeBrowserSafety } from '../../../scripts/testing/describeBrowserSafety'

// The adapter must bundle for browsers as is: library modules may use only web-standard globals.
describeBrowserSafety(new URL('./', import.meta.url), ['fs', 'path', 'stream', 'buffer', 'zlib', 'os'])
