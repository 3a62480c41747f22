import { describe, expect, it } from 'vitest';
import type { Stage } from '../domain/initiative';
import type { StageChange } from './durations';
import { stageFunnel } from './funnel';
import { daysAgo, initiative, NOW } from './testFixtures';

function change(
  initiativeId: string,
  from: Stage,
  to: Stage,
  enteredDaysAgo: number,
  atDaysAgo: number,
): StageChange {
  return { initiativeId, from, to, fromEnteredAt: daysAgo(enteredDaysAgo), at: daysAgo(atDaysAgo) };
}

function step(funnel: ReturnType<typeof stageFunnel>, stage: Stage) {
  return funnel.steps.find((s) => s.stage === stage)!;
}

describe('stageFunnel', () => {
  const idea = initiative({ stage: 'idea', daysInStage: 4 });
  const poc = initiative({ stage: 'proof-of-concept', daysInStage: 30 });
  const poc2 = initiative({ stage: 'proof-of-concept', daysInStage: 50 });
  const pilot = initiative({ stage: 'pilot', daysInStage: 20 });
  const live = initiative({ stage: 'production', daysInStage: 100 });
  const retiredFromPilot = initiative({ stage: 'retired', daysInStage: 5 });
  const all = [idea, poc, poc2, pilot, live, retiredFromPilot];
  const history: StageChange[] = [
    change(poc.id, 'idea', 'proof-of-concept', 40, 30),
    change(poc2.id, 'idea', 'proof-of-concept', 70, 50),
    change(pilot.id, 'idea', 'proof-of-concept', 100, 80),
    change(pilot.id, 'proof-of-concept', 'pilot', 80, 20),
    change(retiredFromPilot.id, 'proof-of-concept', 'pilot', 200, 60),
    change(retiredFromPilot.id, 'pilot', 'retired', 60, 5),
  ];

  it('counts initiatives per stage, retired included', () => {
    const funnel = stageFunnel(all, history, NOW);
    expect(funnel.steps.map((s) => [s.stage, s.current])).toEqual([
      ['idea', 1],
      ['proof-of-concept', 2],
      ['pilot', 1],
      ['production', 1],
      ['retired', 1],
    ]);
    expect(funnel.total).toBe(6);
    expect(funnel.historyLoaded).toBe(true);
  });

  it('counts how many reached each stage, cumulatively, and converts between stages', () => {
    const funnel = stageFunnel(all, history, NOW);
    // The production initiative has no history (imported live): it passed every stage.
    // The retired one reached pilot before it was retired.
    expect(funnel.steps.map((s) => s.reached)).toEqual([6, 5, 3, 1, null]);
    expect(step(funnel, 'idea').conversion).toEqual({
      toStage: 'proof-of-concept',
      reached: 5,
      rate: 5 / 6,
    });
    expect(step(funnel, 'proof-of-concept').conversion).toEqual({
      toStage: 'pilot',
      reached: 3,
      rate: 3 / 5,
    });
    expect(step(funnel, 'pilot').conversion).toEqual({
      toStage: 'production',
      reached: 1,
      rate: 1 / 3,
    });
    expect(step(funnel, 'production').conversion).toBeNull();
    expect(step(funnel, 'retired').conversion).toBeNull();
  });

  it('keeps a conversion when an initiative moves back', () => {
    const back = initiative({ stage: 'proof-of-concept' });
    const funnel = stageFunnel(
      [back],
      [
        change(back.id, 'proof-of-concept', 'pilot', 90, 60),
        change(back.id, 'pilot', 'proof-of-concept', 60, 10),
      ],
      NOW,
    );
    expect(funnel.steps.map((s) => s.reached)).toEqual([1, 1, 1, 0, null]);
  });

  it('has no conversion rate where nothing reached the stage', () => {
    const funnel = stageFunnel([idea], [], NOW);
    expect(step(funnel, 'proof-of-concept').conversion).toEqual({
      toStage: 'pilot',
      reached: 0,
      rate: null,
    });
    expect(step(funnel, 'idea').conversion?.rate).toBe(0);
  });

  it('takes the median time spent in each stage from completed stays', () => {
    const funnel = stageFunnel(all, history, NOW);
    // Ideas: stays of 10, 20 and 20 days.
    expect(step(funnel, 'idea').medianDaysSpent).toBe(20);
    expect(step(funnel, 'idea').completedStays).toBe(3);
    // Proof of concept: 60 and 140 days.
    expect(step(funnel, 'proof-of-concept').medianDaysSpent).toBe(100);
    expect(step(funnel, 'pilot').medianDaysSpent).toBe(55);
    expect(step(funnel, 'production').medianDaysSpent).toBeNull();
    expect(step(funnel, 'production').completedStays).toBe(0);
  });

  it('gives the median time so far of those in a stage now', () => {
    const funnel = stageFunnel(all, history, NOW);
    expect(step(funnel, 'proof-of-concept').medianDaysSoFar).toBe(40);
    expect(step(funnel, 'production').medianDaysSoFar).toBe(100);
  });

  it('counts only the history of the initiatives given, so a filtered list gets its own medians', () => {
    const funnel = stageFunnel([poc], history, NOW);
    expect(step(funnel, 'idea').medianDaysSpent).toBe(10);
    expect(step(funnel, 'idea').completedStays).toBe(1);
    expect(funnel.steps.map((s) => s.reached)).toEqual([1, 1, 0, 0, null]);
  });

  it('leaves the spent medians empty while the history loads', () => {
    const funnel = stageFunnel(all, null, NOW);
    expect(funnel.historyLoaded).toBe(false);
    expect(funnel.steps.every((s) => s.medianDaysSpent === null && s.completedStays === 0)).toBe(
      true,
    );
    expect(step(funnel, 'production').medianDaysSoFar).toBe(100);
    // Without history, a retired initiative counts as having reached idea only.
    expect(funnel.steps.map((s) => s.reached)).toEqual([6, 4, 2, 1, null]);
  });

  it('is empty but well formed for no initiatives', () => {
    const funnel = stageFunnel([], [], NOW);
    expect(funnel.total).toBe(0);
    expect(funnel.steps.map((s) => [s.current, s.reached, s.medianDaysSoFar])).toEqual([
      [0, 0, null],
      [0, 0, null],
      [0, 0, null],
      [0, 0, null],
      [0, null, null],
    ]);
  });
});
