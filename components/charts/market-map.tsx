"use client";

import { geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { memo, useEffect, useMemo, useRef, useState, type MouseEvent } from "react";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
// Natural Earth 1:50m country shapes shipped in the world-atlas npm package: drawn offline, no
// tile server. 1:50m rather than 1:110m because the smaller scale drops Singapore.
import atlas from "world-atlas/countries-50m.json";

import { useTranslations } from "next-intl";

import { useFormatters } from "@/components/i18n/use-formatters";

import { ISO3_BY_ATLAS_NAME, ISO3_BY_NUMERIC } from "./iso-numeric";
import { spreadLabels } from "./label-spread";

export interface MapMarket {
  iso3: string;
  name: string;
  rank: number;
  score: number;
}

interface Props {
  /** The ranked (selected) markets. */
  markets: readonly MapMarket[];
  scoreLabel: string;
  /** Every market with data: drawn and clickable when `onToggle` is given. */
  available?: readonly { iso3: string; name: string }[];
  /** Adds or removes a market from the selection (a click on its shape). */
  onToggle?: (iso3: string) => void;
}

const WIDTH = 800;
const HEIGHT = 450;
const PAD = 24;
// Selected markets: blue-200 → blue-900 (light enough to tell from the grey of unselected ones).
const LOW = [191, 219, 254];
const HIGH = [30, 58, 138];
const AVAILABLE = "#cbd5e1"; // slate-300: has data, not selected
const NO_DATA = "#f1f5f9"; // slate-100: no data in the data set
/** Rank circles drawn at most; the ranking lists every market. */
const MAX_BADGES = 30;

type CountryFeature = Feature<Geometry, { name: string }> & { id?: string | number };

/** Each atlas shape with the ISO3 code the data set uses for it (null for shapes that are no economy of it). */
const countries: { iso3: string | null; shape: CountryFeature }[] = (() => {
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  return (collection.features as CountryFeature[]).map((shape) => ({
    iso3:
      shape.id !== undefined
        ? (ISO3_BY_NUMERIC[String(shape.id)] ?? null)
        : (ISO3_BY_ATLAS_NAME[shape.properties.name] ?? null),
    shape,
  }));
})();
const byIso3 = new Map(countries.filter((c) => c.iso3 !== null).map((c) => [c.iso3!, c.shape]));

function shade(t: number): string {
  const c = LOW.map((lo, i) => Math.round(lo + (HIGH[i]! - lo) * t));
  return `rgb(${c[0]} ${c[1]} ${c[2]})`;
}

/** Circular mean of longitudes, so a selection spanning the antimeridian is centred correctly. */
function centreLongitude(points: readonly [number, number][]): number {
  let x = 0;
  let y = 0;
  for (const [lon] of points) {
    x += Math.cos((lon * Math.PI) / 180);
    y += Math.sin((lon * Math.PI) / 180);
  }
  return (Math.atan2(y, x) * 180) / Math.PI;
}

/** The selected markets on a map, shaded by score and labelled with their rank; the other markets with data clickable. */
function MarketMap({ markets, scoreLabel, available = [], onToggle }: Props) {
  const tm = useTranslations("workspace.mapChart");
  const { formatNumber } = useFormatters();
  const [world, setWorld] = useState(false);
  const key = markets
    .map((m) => m.iso3)
    .sort()
    .join(",");
  const availableKey = available.map((m) => m.iso3).join(",");

  // Projection and outlines depend on which markets are shown, not on their scores.
  const geometry = useMemo(() => {
    const selectedCodes = new Set(key ? key.split(",") : []);
    const withData = new Set(availableKey ? availableKey.split(",") : []);
    const selected = [...selectedCodes]
      .map((iso3) => ({ iso3, shape: byIso3.get(iso3) }))
      .filter((s): s is { iso3: string; shape: CountryFeature } => s.shape !== undefined);
    const wholeWorld = world || selected.length === 0;
    const projection = geoNaturalEarth1();
    if (wholeWorld) {
      projection.fitExtent(
        [
          [PAD / 2, PAD / 2],
          [WIDTH - PAD / 2, HEIGHT - PAD / 2],
        ],
        { type: "Sphere" } as GeoPermissibleObjects,
      );
    } else {
      const centroidPath = geoPath();
      const lon = centreLongitude(
        selected.map((s) => centroidPath.centroid(s.shape as GeoPermissibleObjects) as [number, number]),
      );
      projection.rotate([-lon, 0]);
      projection.fitExtent(
        [
          [PAD, PAD],
          [WIDTH - PAD, HEIGHT - PAD],
        ],
        { type: "FeatureCollection", features: selected.map((s) => s.shape) } as GeoPermissibleObjects,
      );
    }
    const path = geoPath(projection);
    const background: { id: string; d: string }[] = [];
    const choosable: { iso3: string; d: string }[] = [];
    countries.forEach(({ iso3, shape }, at) => {
      if (iso3 !== null && selectedCodes.has(iso3)) return;
      const [[x0, y0], [x1, y1]] = path.bounds(shape as GeoPermissibleObjects);
      if (x1 < 0 || y1 < 0 || x0 > WIDTH || y0 > HEIGHT) return;
      const d = path(shape as GeoPermissibleObjects);
      if (!d) return;
      if (iso3 !== null && withData.has(iso3)) choosable.push({ iso3, d });
      else background.push({ id: `${at}-${String(shape.id ?? shape.properties.name)}`, d });
    });
    const shapes = new Map(
      selected.map((s) => {
        const [cx, cy] = path.centroid(s.shape as GeoPermissibleObjects);
        return [s.iso3, { d: path(s.shape as GeoPermissibleObjects) ?? "", cx, cy }];
      }),
    );
    return { background, choosable, shapes, wholeWorld };
  }, [key, availableKey, world]);

  const scores = markets.map((m) => m.score);
  const min = Math.min(...scores);
  const max = Math.max(...scores);
  const t = (score: number) => (max > min ? (score - min) / (max - min) : 1);
  const missing = markets.filter((m) => !byIso3.has(m.iso3));
  const noShape = available.filter((m) => !byIso3.has(m.iso3));
  const names = useMemo(() => new Map(available.map((m) => [m.iso3, m.name])), [available]);
  const ordered = useMemo(() => [...markets].sort((a, b) => b.rank - a.rank), [markets]);

  // Rank badges are 20 px whatever the map's size: spread them apart at the size it is drawn.
  const box = useRef<HTMLDivElement>(null);
  const [drawnWidth, setDrawnWidth] = useState(WIDTH);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setDrawnWidth(entry?.contentRect.width || WIDTH));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const labels = useMemo(() => {
    const shown = ordered.filter((m) => m.rank <= MAX_BADGES && Number.isFinite(geometry.shapes.get(m.iso3)?.cx));
    const anchors = shown.map((m) => ({ x: geometry.shapes.get(m.iso3)!.cx, y: geometry.shapes.get(m.iso3)!.cy }));
    const gap = (22 * WIDTH) / Math.max(100, drawnWidth);
    return spreadLabels(anchors, gap, WIDTH, HEIGHT).map((p, i) => ({ ...p, market: shown[i]! }));
  }, [geometry, ordered, drawnWidth]);

  // One listener for every shape: a click on a shape with a market code toggles that market.
  const onClick = (event: MouseEvent<SVGGElement>) => {
    const iso3 = (event.target as Element).getAttribute("data-iso3");
    if (iso3 && onToggle) onToggle(iso3);
  };

  return (
    <figure>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-xs text-slate-700">
        <span>{onToggle ? tm("hint") : null}</span>
        <button
          type="button"
          onClick={() => setWorld((w) => !w)}
          aria-pressed={world}
          className="text-brand-700 hover:border-brand-600 rounded border border-slate-300 bg-white px-2 py-0.5"
        >
          {world ? tm("zoom") : tm("world")}
        </button>
      </div>
      <div
        ref={box}
        className="relative aspect-[16/9] w-full overflow-hidden rounded border border-slate-200 bg-sky-50"
      >
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          className="h-full w-full"
          role="img"
          aria-labelledby="market-map-title market-map-desc"
        >
          <title id="market-map-title">{tm("title")}</title>
          <desc id="market-map-desc">
            {[...markets]
              .sort((a, b) => a.rank - b.rank)
              .map((m) => tm("descRow", { rank: m.rank, market: m.name, score: formatNumber(m.score, 3) }))
              .join("; ")}
          </desc>
          <g fill={NO_DATA} stroke="#ffffff" strokeWidth={0.5}>
            {geometry.background.map((c) => (
              <path key={c.id} d={c.d} />
            ))}
          </g>
          <g
            fill={AVAILABLE}
            stroke="#ffffff"
            strokeWidth={0.5}
            onClick={onClick}
            className={onToggle ? "cursor-pointer [&>path:hover]:fill-slate-400" : undefined}
          >
            {geometry.choosable.map((c) => (
              <path key={c.iso3} d={c.d} data-iso3={onToggle ? c.iso3 : undefined}>
                <title>
                  {tm("notSelected", { market: names.get(c.iso3) ?? c.iso3, click: onToggle ? "yes" : "no" })}
                </title>
              </path>
            ))}
          </g>
          <g stroke="#0f172a" strokeWidth={0.8} onClick={onClick} className={onToggle ? "cursor-pointer" : undefined}>
            {ordered.map((m) => {
              const shape = geometry.shapes.get(m.iso3);
              return shape ? (
                <path key={m.iso3} d={shape.d} fill={shade(t(m.score))} data-iso3={onToggle ? m.iso3 : undefined}>
                  <title>
                    {tm("selected", {
                      market: m.name,
                      rank: m.rank,
                      score: formatNumber(m.score, 3),
                      click: onToggle ? "yes" : "no",
                    })}
                  </title>
                </path>
              ) : null;
            })}
          </g>
          <g stroke="#0f172a" strokeWidth={1} aria-hidden="true">
            {labels.map((l) =>
              Math.hypot(l.x - l.anchorX, l.y - l.anchorY) > 2 ? (
                <line
                  key={l.market.iso3}
                  x1={l.anchorX}
                  y1={l.anchorY}
                  x2={l.x}
                  y2={l.y}
                  vectorEffect="non-scaling-stroke"
                />
              ) : null,
            )}
          </g>
        </svg>
        {/* Rank badges in HTML so they keep a legible size at any width; the svg's description carries them for screen readers. */}
        {labels.map((l) => (
          <span
            key={l.market.iso3}
            aria-hidden="true"
            className="pointer-events-none absolute flex h-5 w-5 -translate-x-1/2 -translate-y-1/2 items-center justify-center rounded-full border border-slate-900 bg-white text-[11px] font-bold text-slate-900 shadow-sm"
            style={{ left: `${(l.x / WIDTH) * 100}%`, top: `${(l.y / HEIGHT) * 100}%` }}
          >
            {l.market.rank}
          </span>
        ))}
      </div>
      <figcaption className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-700">
        {markets.length > 0 ? (
          <span className="flex items-center gap-2">
            <span className="tabular-nums">{formatNumber(min, 2)}</span>
            <span
              aria-hidden="true"
              className="inline-block h-2.5 w-28 rounded-sm"
              style={{ background: `linear-gradient(to right, ${shade(0)}, ${shade(1)})` }}
            />
            <span className="tabular-nums">{formatNumber(max, 2)}</span>
            <span>{scoreLabel}</span>
          </span>
        ) : null}
        <span className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block h-2.5 w-4 rounded-sm" style={{ background: AVAILABLE }} />
          {tm("dataNotSelected")}
        </span>
        <span className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className="inline-block h-2.5 w-4 rounded-sm border border-slate-300"
            style={{ background: NO_DATA }}
          />
          {tm("noData")}
        </span>
        <span>{tm("circles", { limited: markets.length > MAX_BADGES ? "yes" : "no", max: MAX_BADGES })}</span>
        {missing.length > 0 ? <span>{tm("notOnMap", { list: missing.map((m) => m.name).join(", ") })}</span> : null}
        {noShape.length > missing.length ? (
          <span>
            {tm("tooSmall", {
              list: noShape
                .filter((m) => !missing.some((x) => x.iso3 === m.iso3))
                .map((m) => m.name)
                .join(", "),
            })}
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}

export default memo(MarketMap);
