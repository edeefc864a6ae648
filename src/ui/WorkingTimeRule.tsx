/** The working-time clause of the effective policy: where it is, Post Guard's summary, the council's own words. */
import type { Clause } from '../engine/types';
import type { Messages } from './messages';

export function WorkingTimeRule({ clause, messages }: { clause: Clause; messages: Messages }) {
  return (
    <section aria-labelledby="pg-rule-heading">
      <h2 id="pg-rule-heading">{messages.popupRuleHeading}</h2>
      <p>
        <strong>{messages.clauseLabel(clause.policy, clause.ref)}</strong>: {clause.summary}
      </p>
      {clause.text ? (
        <div class="pg-wording">
          <p>{messages.councilWording}</p>
          <blockquote>{clause.text}</blockquote>
        </div>
      ) : null}
    </section>
  );
}
