import type { ReactNode } from 'react';
import type { EuAiActClassification } from '../../../shared/euAiAct/classify';
import { RISK_TIER_LABELS, type RiskTier } from '../../../shared/euAiAct/tier';
import './classification.css';

/** The risk tier as a coloured badge; the label carries the meaning, never the colour alone. */
export function TierBadge({ tier }: { tier: RiskTier }) {
  return <span className={`badge tier-badge tier-badge-${tier}`}>{RISK_TIER_LABELS[tier]}</span>;
}

/** The tier, the articles and the reasons, as a description list. */
export function ClassificationResult({
  result,
  children,
}: {
  result: EuAiActClassification;
  /** Extra rows (dt/dd pairs) shown after the tier. */
  children?: ReactNode;
}) {
  return (
    <dl className="detail-list classification-result">
      <dt>Risk tier</dt>
      <dd>
        <TierBadge tier={result.tier} />
      </dd>
      {children}
      <dt>Articles</dt>
      <dd>
        <ul className="citation-list">
          {result.articles.map((article) => (
            <li key={article} className="badge">
              {article}
            </li>
          ))}
        </ul>
      </dd>
      <dt>Why</dt>
      <dd>
        <ul className="reason-list">
          {result.reasons.map((reason, index) => (
            // The list is rebuilt as a whole, never reordered: the position is a stable key.
            <li key={index}>{reason}</li>
          ))}
        </ul>
      </dd>
    </dl>
  );
}
