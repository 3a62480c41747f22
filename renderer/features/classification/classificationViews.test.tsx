import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { euAiActAnswersSchema } from '../../../shared/euAiAct/answers';
import type { ClassificationRecord } from '../../../shared/euAiAct/classificationRecord';
import { classifyEuAiAct } from '../../../shared/euAiAct/classify';
import { ClassificationQuestionnaire } from './ClassificationQuestionnaire';
import { ClassificationSummary } from './ClassificationSummary';

const answers = euAiActAnswersSchema.parse({
  role: 'deployer',
  prohibitedPractices: [],
  annexIProduct: false,
  annexIIIAreas: ['employment'],
  annexIIIDerogation: 'none',
  profiling: false,
  transparency: [],
});

const record: ClassificationRecord = {
  answers,
  ...classifyEuAiAct(answers),
  classifiedAt: '2026-03-01T10:00:00.000Z',
  classifiedBy: '6f1c2a0e-8a57-4c1e-9d0b-2b1f4f7e9a11',
  needsReview: false,
};

const noop = () => undefined;

describe('ClassificationSummary', () => {
  it('says when there is no classification yet', () => {
    expect(renderToStaticMarkup(<ClassificationSummary record={null} />)).toContain(
      'Not classified yet',
    );
  });

  it('shows tier, role, articles, reasons and date', () => {
    const html = renderToStaticMarkup(<ClassificationSummary record={record} />);
    expect(html).toContain('High risk');
    expect(html).toContain('Deployer');
    expect(html).toContain('Art. 26');
    expect(html).toContain('Annex III point 4');
    expect(html).toContain('As deployer, you must');
    expect(html).toContain('dateTime="2026-03-01T10:00:00.000Z"');
    expect(html).not.toContain('Needs review');
  });

  it('warns when a material field changed since', () => {
    const html = renderToStaticMarkup(
      <ClassificationSummary record={{ ...record, needsReview: true }} />,
    );
    expect(html).toContain('Needs review: a material field changed since this classification');
  });
});

describe('ClassificationQuestionnaire', () => {
  it('starts with the role, as a labelled radio group', () => {
    const html = renderToStaticMarkup(
      <ClassificationQuestionnaire initial={null} onSubmit={noop} onCancel={noop} />,
    );
    expect(html).toContain('Step 1 of 6: Your role');
    expect(html).toMatch(/<legend[^>]*>What is your organisation’s role/);
    for (const role of ['Provider', 'Deployer', 'Importer', 'Distributor']) {
      expect(html).toMatch(new RegExp(`<label for="[^"]+">${role}</label>`));
    }
    expect(html).toContain('>Next<');
    expect(html).toContain('>Cancel<');
    expect(html).not.toContain('>Back<');
  });

  it('previews the result of earlier answers', () => {
    const html = renderToStaticMarkup(
      <ClassificationQuestionnaire initial={answers} onSubmit={noop} onCancel={noop} />,
    );
    expect(html).toContain('Step 1 of 7');
    expect(html).toContain('Result so far');
    expect(html).toContain('High risk');
  });

  it('gives every control a label it is tied to', () => {
    const html = renderToStaticMarkup(
      <ClassificationQuestionnaire initial={answers} onSubmit={noop} onCancel={noop} />,
    );
    const inputIds = [...html.matchAll(/<input[^>]* id="([^"]+)"/g)].map((m) => m[1]);
    expect(inputIds.length).toBeGreaterThan(0);
    for (const id of inputIds) expect(html).toContain(`<label for="${id}"`);
  });
});
