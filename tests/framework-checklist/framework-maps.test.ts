/**
 * The maps from the checklist to the board's other frameworks (issue 31): data, not code. Every
 * mapping is ours, every map is named, versioned and dated, and its references are checked.
 */
import { expect } from '@open-wc/testing';
import { dataset } from '../../src/data.js';
import { validateDataset } from '../../src/data/index.js';
import type { DatasetInput } from '../../src/data/schema.js';
import { clone } from '../helpers.js';

const maps = () => dataset.frameworkMaps;

describe('framework maps in the data set', () => {
  it('maps every checklist prompt to at least one CQC well-led statement or LCF domain', () => {
    const mapped = new Set(maps().flatMap((m) => m.mappings.flatMap((x) => x.promptIds)));
    for (const p of dataset.checklistPrompts) expect(mapped.has(p.id), p.id).to.equal(true);
  });

  it('carries each framework with its name, publisher, version and date, and marks every mapping ours', () => {
    expect(maps().map((m) => [m.name, m.publisher, m.version, m.date])).to.deep.equal([
      ['CQC single assessment framework: well-led quality statements', 'CQC', '2024', '2024'],
      ['NHS leadership competency framework for board members', 'NHS England', 'February 2024', '2024-02'],
    ]);
    for (const m of maps()) {
      expect(m.currency, m.id).to.match(/replace/i);
      for (const x of m.mappings) expect(x.ours, `${m.id} ${x.itemId}`).to.equal(true);
    }
  });

  it('names the eight well-led quality statements and the six LCF domains as the research allows', () => {
    const [cqc, lcf] = maps();
    expect(cqc.items).to.have.length(8);
    // Names 4–7 were read only on secondary pages (content-3 §4.2): flagged.
    expect(cqc.items.filter((i) => i.secondary).map((i) => i.label)).to.deep.equal([
      'Workforce equality, diversity and inclusion', 'Governance, management and sustainability', 'Partnerships and communities', 'Learning, improvement and innovation',
    ]);
    expect(lcf.items.map((i) => i.label)).to.deep.equal([
      'Driving high quality and sustainable outcomes',
      'Setting strategy and delivering long term transformation',
      'Promoting equality and inclusion and reducing health and workforce inequalities',
      'Creating a compassionate, just and positive culture',
      'Building a trusted relationship with partners and communities',
      'Providing robust governance and assurance',
    ]);
  });

  it('reports a mapping to an unknown prompt, element, item or source, and one not marked ours', () => {
    const data = clone(dataset) as unknown as DatasetInput & { frameworkMaps: Record<string, unknown>[] };
    const map = data.frameworkMaps[0] as { mappings: Record<string, unknown>[]; items: { sourceIds: string[] }[] };
    map.mappings[0] = { itemId: 'no-such-statement', promptIds: ['no-such-prompt'], elementIds: ['no-such-element'], ours: true };
    map.items[0].sourceIds = ['no-such-source'];
    const result = validateDataset(data);
    expect(result.ok).to.equal(false);
    const text = result.ok ? '' : result.errors.join('\n');
    expect(text).to.contain("itemId 'no-such-statement' is not an item of this map");
    expect(text).to.contain("promptIds 'no-such-prompt' is not a known checklist prompt");
    expect(text).to.contain("elementIds 'no-such-element' is not a known framework element");
    expect(text).to.contain("sourceIds 'no-such-source' is not a known source");
    map.mappings[0] = { itemId: 'freedom-to-speak-up', promptIds: [], ours: false };
    const notOurs = validateDataset(data);
    expect(notOurs.ok ? '' : notOurs.errors.join('\n')).to.match(/ours must be true/);
  });

  it('still accepts a data set written before maps existed (the collection is optional)', () => {
    const data = clone(dataset) as unknown as Record<string, unknown>;
    delete data.frameworkMaps;
    const result = validateDataset(data);
    expect(result.ok, result.ok ? '' : result.errors.join('\n')).to.equal(true);
    expect(result.ok && result.value.frameworkMaps).to.deep.equal([]);
  });
});
