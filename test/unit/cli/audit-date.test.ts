import { describe, expect, it } from 'vitest';
import { auditCommand } from '../../../src/cli/commands/audit.js';
import { UsageError } from '../../../src/cli/usage.js';

describe('vigie audit --date', () => {
  it.each(['2025-13-01', '2025-02-30', '01/06/2025', 'demain'])(
    'refuses %s before any visit',
    async (date) => {
      await expect(auditCommand(['--site', '--date', date, 'https://ville.fr/'])).rejects.toThrow(UsageError);
      await expect(auditCommand(['--site', '--date', date, 'https://ville.fr/'])).rejects.toThrow(
        /--date : .* n'est pas une date AAAA-MM-JJ/,
      );
    },
  );
});
