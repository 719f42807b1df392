/** The summary list on an indicator card: latest figure, period so far, target, direction. */
import type {
  BenchmarkLineView,
  ForecastView,
  IndicatorView,
  LatestView,
  PartialView,
  SpcView,
  TravelView,
} from '../view/model.ts';
import { Travel } from './travel.tsx';

export function LatestRows(props: { indicator: IndicatorView; noun: string }) {
  const ind = props.indicator;
  return (
    <dl class="govuk-summary-list govuk-summary-list--no-border outturn-facts">
      {ind.latest === null ? (
        <NoFigures noun={props.noun} only={ind.onlyText} />
      ) : (
        <Latest latest={ind.latest} />
      )}
      {ind.partial === null ? null : <SoFar partial={ind.partial} />}
      {ind.latest === null ? null : <TargetRow latest={ind.latest} />}
      <Row label="Direction">{ind.polarityText}</Row>
      {ind.travel === null ? null : <TravelRow travel={ind.travel} />}
      {ind.spc === null ? null : <SpcRow spc={ind.spc} />}
      {ind.forecast === null ? null : <ForecastRow forecast={ind.forecast} />}
      {ind.benchmark === null ? null : <BenchmarkRow benchmark={ind.benchmark} />}
    </dl>
  );
}

function Row(props: { label: string; children: unknown }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{props.label}</dt>
      <dd class="govuk-summary-list__value">{props.children}</dd>
    </div>
  );
}

function Latest(props: { latest: LatestView }) {
  const l = props.latest;
  return (
    <Row label={`Latest: ${l.period}`}>
      <span class="outturn-figure">{l.valueText}</span>
      {l.countsText === null ? null : <span class="outturn-counts">{l.countsText}</span>}
    </Row>
  );
}

function SoFar(props: { partial: PartialView }) {
  const p = props.partial;
  return (
    <Row label={p.label}>
      {p.valueText}
      {p.countsText === null ? null : <span class="outturn-counts">{p.countsText}</span>}
      <span class="govuk-hint govuk-body-s outturn-so-far">Part of the period only</span>
    </Row>
  );
}

function TargetRow(props: { latest: LatestView }) {
  const t = props.latest.target;
  if (t === null) return <Row label="Target">No target set for {props.latest.financialYear}</Row>;
  return (
    <Row label={`Target for ${t.financialYear}`}>
      {t.valueText}
      {t.toleranceText === null ? null : (
        <span class="outturn-counts">Near target means {t.toleranceText}</span>
      )}
    </Row>
  );
}

function TravelRow(props: { travel: TravelView }) {
  const { previous, lastYear } = props.travel;
  if (previous === null && lastYear === null) return null;
  return (
    <Row label="Compared with">
      <ul class="govuk-list govuk-!-margin-bottom-0">
        {previous === null ? null : (
          <li>
            <Travel word={previous} />
          </li>
        )}
        {lastYear === null ? null : (
          <li>
            <Travel word={lastYear} /> <span class="outturn-counts">(same period last year)</span>
          </li>
        )}
      </ul>
    </Row>
  );
}

function SpcRow(props: { spc: SpcView }) {
  const s = props.spc;
  return (
    <Row label="Variation">
      {s.variationText}
      {s.assuranceText === null ? null : <span class="outturn-counts">{s.assuranceText}</span>}
      <span class="outturn-counts">Statistical process control, {s.basisText}</span>
    </Row>
  );
}

function ForecastRow(props: { forecast: ForecastView }) {
  const f = props.forecast;
  return (
    <Row label={`Forecast for ${f.year}`}>
      {f.valueText}
      <span class="outturn-counts">{f.basisText}</span>
      {f.onTrackText === null ? null : <span class="outturn-counts">{f.onTrackText}</span>}
      {f.neededText === null ? null : <span class="outturn-counts">{f.neededText}</span>}
    </Row>
  );
}

function BenchmarkRow(props: { benchmark: BenchmarkLineView }) {
  const b = props.benchmark;
  return (
    <Row label={`Benchmarks, ${b.period}`}>
      <ul class="govuk-list govuk-!-margin-bottom-0">
        {b.places.map((p) => (
          <li>
            {p.label}: {p.text}
          </li>
        ))}
      </ul>
      {b.quartileText === null ? null : <span class="outturn-counts">{b.quartileText}</span>}
      <span class="outturn-counts">
        {b.source}
        {b.lagText === null ? '' : `; ${b.lagText}`}
      </span>
    </Row>
  );
}

function NoFigures(props: { noun: string; only: string | null }) {
  return <Row label="Latest">{props.only ?? `No figures by ${props.noun} for this indicator`}</Row>;
}
