// `vigie rejudge --campaign ID`: recomputes a campaign's judgements from its stored snapshots, no browser.

import { parseArgs } from 'node:util';
import { latestCampaignId } from '../../jobs/campaign.js';
import { rejudgeCampaign } from '../../jobs/rejudge.js';
import { getCampaign } from '../../store/campaigns.repository.js';
import { DATA_DIR_HELP, withDatabase } from '../database.js';
import { EXIT, UsageError } from '../usage.js';

export const REJUDGE_HELP = `Usage : vigie rejudge [--campaign ID] [options]

Rejuge une campagne à partir des instantanés enregistrés, avec les règles de cette version de Vigie,
sans navigateur ni nouvelle visite : résultats par règle, mesures des pages et résumés des sites.

Options :
  --campaign ID               la campagne (défaut : la plus récente)
${DATA_DIR_HELP}`;

export async function rejudgeCommand(argv: string[]): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  try {
    const parsed = parse(argv);
    values = parsed.values;
    if (parsed.positionals.length > 0) throw new Error(`argument inattendu « ${parsed.positionals[0]} »`);
  } catch (error) {
    throw new UsageError(`vigie rejudge : ${(error as Error).message}`);
  }
  if (values.help) {
    process.stdout.write(`${REJUDGE_HELP}\n`);
    return EXIT.ok;
  }
  const requested = values.campaign === undefined ? null : Number(values.campaign);
  if (requested !== null && (!Number.isInteger(requested) || requested <= 0))
    throw new UsageError(`--campaign : « ${values.campaign} » n'est pas un identifiant de campagne`);
  return withDatabase(values['data-dir'], async (handle) => {
    const id = requested ?? (await latestCampaignId(handle));
    const campaign = id === null ? undefined : await getCampaign(handle.db, id);
    if (!campaign) {
      process.stderr.write(
        `vigie rejudge : ${id === null ? 'aucune campagne' : `la campagne ${id} n'existe pas`}\n`,
      );
      return EXIT.usage;
    }
    const started = performance.now();
    const counts = await rejudgeCampaign(handle, campaign.id, (done, total) => {
      if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${done}/${total} sites`);
    });
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
    process.stderr.write(
      `Campagne ${campaign.id} rejugée : ${counts.sites} sites, ${counts.pages} pages depuis leur instantané, ` +
        `${counts.errorPages} pages en erreur reprises telles quelles, ${seconds} s\n`,
    );
    return EXIT.ok;
  });
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      campaign: { type: 'string' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
