import { useId } from 'react';
import type { ClassificationRecord } from '../../../shared/euAiAct/classificationRecord';
import { annexIIICitation } from '../../../shared/euAiAct/classify';
import {
  ANNEX_III_AREA_TEXTS,
  ANNEX_III_DEROGATION_TEXTS,
  PROHIBITED_PRACTICE_TEXTS,
  TRANSPARENCY_TRIGGER_TEXTS,
} from '../../../shared/euAiAct/questions';
import { AI_ACT_ROLE_LABELS } from '../../../shared/euAiAct/tier';
import { ClassificationResult } from './ClassificationResult';
import './classification.css';

/** An initiative's EU AI Act classification: tier, role, articles, reasons and the answers behind them. */
export function ClassificationSummary({ record }: { record: ClassificationRecord | null }) {
  const titleId = useId();
  return (
    <section className="card classification-summary" aria-labelledby={titleId}>
      <h2 id={titleId}>EU AI Act classification</h2>
      {record ? <RecordDetails record={record} /> : <p className="muted">Not classified yet.</p>}
    </section>
  );
}

function RecordDetails({ record }: { record: ClassificationRecord }) {
  const { answers } = record;
  const none = 'None';
  return (
    <>
      {record.needsReview && (
        <p className="alert classification-warning" role="status">
          Needs review: a material field changed since this classification. Answer the questionnaire
          again to confirm the risk tier.
        </p>
      )}
      <ClassificationResult result={record}>
        <dt>Role</dt>
        <dd>{AI_ACT_ROLE_LABELS[answers.role]}</dd>
        <dt>Classified</dt>
        <dd>
          <time dateTime={record.classifiedAt}>
            {new Date(record.classifiedAt).toLocaleString()}
          </time>
        </dd>
      </ClassificationResult>
      <details className="classification-answers">
        <summary>Answers given</summary>
        <dl className="detail-list">
          <dt>Prohibited practices</dt>
          <dd>
            {answers.prohibitedPractices
              .map((p) => PROHIBITED_PRACTICE_TEXTS[p].label)
              .join('; ') || none}
          </dd>
          <dt>Annex I regulated product</dt>
          <dd>{answers.annexIProduct ? 'Yes' : 'No'}</dd>
          <dt>Annex III areas</dt>
          <dd>
            {answers.annexIIIAreas
              .map((a) => `${ANNEX_III_AREA_TEXTS[a].label} (${annexIIICitation(a)})`)
              .join('; ') || none}
          </dd>
          {answers.annexIIIAreas.length > 0 && (
            <>
              <dt>Art. 6(3) exception</dt>
              <dd>{ANNEX_III_DEROGATION_TEXTS[answers.annexIIIDerogation].label}</dd>
              <dt>Profiles people</dt>
              <dd>{answers.profiling ? 'Yes' : 'No'}</dd>
            </>
          )}
          <dt>Transparency</dt>
          <dd>
            {answers.transparency.map((t) => TRANSPARENCY_TRIGGER_TEXTS[t].label).join('; ') ||
              none}
          </dd>
        </dl>
      </details>
    </>
  );
}
