/**
 * The municipality owns its data and can get it without a fee that makes leaving expensive (AR 2.3).
 */
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'sol-data-ownership',
  catalogueId: 'SD-022',
  title: { da: 'Kommunen ejer sine data og kan få dem udleveret', en: 'The municipality owns its data and can have it handed over' },
  architectureRules: ['AR 2.3'],
  appliesTo: 'solution',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'declared',
  sourceKind: 'ours',
  sources: ['https://rammearkitektur.kl.dk/maal-og-principper/faelleskommunale-arkitekturprincipper-og-regler/arkitekturprincip-2-arkitektur-fremmer-sammenhaeng-innovation-og-effektivitet', 'http://docplayer.dk/17453542-It-loesning-til-haandtering-af-renovation-bilag-1-kravspecifikation.html'],
  messages: {
    noOwnership: { da: 'Det er ikke angivet, hvem der ejer data i løsningen.', en: 'The description does not say who owns the data in the solution.' },
    notCustomer: { da: 'Ejerskabet til data er angivet som «{owner}»; kommunen skal eje sine data.', en: "Data ownership is given as '{owner}'; the municipality must own its data." },
    noFee: { da: 'Det er ikke angivet, om udtræk af data koster noget.', en: 'The description does not say whether a data export costs anything.' },
  },
  fix: {
    da: 'Angiv exit.dataOwnership: customer og exit.exportFee (helst none).',
    en: 'Give exit.dataOwnership: customer and exit.exportFee (preferably none).',
  },
  check({ doc }, context) {
    const exit = doc.exit;
    const at = exit ? '/exit' : '';
    if (!exit?.dataOwnership) context.report({ at, messageId: 'noOwnership' });
    else if (exit.dataOwnership !== 'customer') context.report({ at: '/exit/dataOwnership', messageId: 'notCustomer', data: { owner: exit.dataOwnership } });
    if (!exit?.exportFee) context.report({ at, messageId: 'noFee' });
  },
});
