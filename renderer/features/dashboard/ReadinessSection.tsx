import type { ReadinessPanel } from '../../../shared/dashboard/readiness';
import { ReadinessChart } from './charts';
import { plural } from './format';
import { Panel, PanelLink, type Navigation } from './Panel';

/** The six gaps across every initiative in pilot: how many ready, in progress, not started. */
export function ReadinessSection({
  readiness,
  nav,
}: {
  readiness: ReadinessPanel;
  nav: Navigation;
}) {
  const allReady = readiness.gaps.filter((g) => g.ready === readiness.pilots).length;
  return (
    <Panel
      id="dash-readiness"
      title="Readiness in pilot"
      summary={
        readiness.pilots === 0
          ? 'No initiatives in pilot.'
          : `${plural(readiness.pilots, 'initiative')} in pilot; ${String(allReady)} of the six gaps ready in all of them.`
      }
      links={
        <>
          <PanelLink onClick={() => nav.showList({ stage: 'pilot' })}>
            Show pilots in the list
          </PanelLink>
          <PanelLink onClick={() => nav.showList({ stage: 'pilot', readiness: 'any-not-started' })}>
            Show pilots with a gap not started
          </PanelLink>
        </>
      }
    >
      {readiness.pilots > 0 && (
        <div className="dash-figure">
          <ReadinessChart panel={readiness} />
          <table className="table dash-table">
            <caption>Gaps across initiatives in pilot</caption>
            <thead>
              <tr>
                <th scope="col">Gap</th>
                <th scope="col">Ready</th>
                <th scope="col">In progress</th>
                <th scope="col">Not started</th>
              </tr>
            </thead>
            <tbody>
              {readiness.gaps.map((tally) => (
                <tr key={tally.gap}>
                  <th scope="row">{tally.label}</th>
                  <td>{tally.ready}</td>
                  <td>{tally.inProgress}</td>
                  <td>{tally.notStarted}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
