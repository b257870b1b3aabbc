"use client";

import { geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { memo, useEffect, useMemo, useRef, useState } from "react";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
// Natural Earth 1:50m country shapes shipped in the world-atlas npm package: drawn offline, no
// tile server. 1:50m rather than 1:110m because the smaller scale drops Singapore.
import atlas from "world-atlas/countries-50m.json";

import { formatNumber } from "@/lib/format";

import { ISO_NUMERIC } from "./iso-numeric";
import { spreadLabels } from "./label-spread";

export interface MapMarket {
  iso3: string;
  name: string;
  rank: number;
  score: number;
}

interface Props {
  markets: readonly MapMarket[];
  scoreLabel: string;
}

const WIDTH = 800;
const HEIGHT = 450;
const PAD = 24;
const LOW = [219, 234, 254]; // blue-100
const HIGH = [30, 58, 138]; // blue-900

type CountryFeature = Feature<Geometry, { name: string }> & { id?: string | number };

const countries: CountryFeature[] = (() => {
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  return collection.features as CountryFeature[];
})();
const byNumeric = new Map(countries.map((c) => [String(c.id), c]));

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

/** The selected markets on a map, shaded by score and labelled with their rank. */
function MarketMap({ markets, scoreLabel }: Props) {
  const key = markets
    .map((m) => m.iso3)
    .sort()
    .join(",");

  // Projection and outlines depend on which markets are shown, not on their scores.
  const geometry = useMemo(() => {
    const selected = key
      .split(",")
      .map((iso3) => ({ iso3, shape: byNumeric.get(ISO_NUMERIC[iso3] ?? "") }))
      .filter((s): s is { iso3: string; shape: CountryFeature } => s.shape !== undefined);
    if (selected.length === 0) return null;
    const centroidPath = geoPath();
    const lon = centreLongitude(
      selected.map((s) => centroidPath.centroid(s.shape as GeoPermissibleObjects) as [number, number]),
    );
    const projection = geoNaturalEarth1().rotate([-lon, 0]);
    projection.fitExtent(
      [
        [PAD, PAD],
        [WIDTH - PAD, HEIGHT - PAD],
      ],
      { type: "FeatureCollection", features: selected.map((s) => s.shape) } as GeoPermissibleObjects,
    );
    const path = geoPath(projection);
    const background: { id: string; d: string }[] = [];
    for (const country of countries) {
      const [[x0, y0], [x1, y1]] = path.bounds(country as GeoPermissibleObjects);
      if (x1 < 0 || y1 < 0 || x0 > WIDTH || y0 > HEIGHT) continue;
      const d = path(country as GeoPermissibleObjects);
      if (d) background.push({ id: `${background.length}-${String(country.id ?? country.properties.name)}`, d });
    }
    const shapes = new Map(
      selected.map((s) => {
        const [cx, cy] = path.centroid(s.shape as GeoPermissibleObjects);
        return [s.iso3, { d: path(s.shape as GeoPermissibleObjects) ?? "", cx, cy }];
      }),
    );
    return { background, shapes };
  }, [key]);

  const scores = markets.map((m) => m.score);
  const min = Math.min(...scores);
  const max = Math.max(...scores);
  const t = (score: number) => (max > min ? (score - min) / (max - min) : 1);
  const missing = markets.filter((m) => !geometry?.shapes.has(m.iso3));
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
    if (!geometry) return [];
    const shown = ordered.filter((m) => Number.isFinite(geometry.shapes.get(m.iso3)?.cx));
    const anchors = shown.map((m) => ({ x: geometry.shapes.get(m.iso3)!.cx, y: geometry.shapes.get(m.iso3)!.cy }));
    const gap = (22 * WIDTH) / Math.max(100, drawnWidth);
    return spreadLabels(anchors, gap, WIDTH, HEIGHT).map((p, i) => ({ ...p, market: shown[i]! }));
  }, [geometry, ordered, drawnWidth]);

  return (
    <figure>
      <div
        ref={box}
        className="relative aspect-[16/9] w-full overflow-hidden rounded border border-slate-200 bg-sky-50"
      >
        {geometry ? (
          <svg
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            className="h-full w-full"
            role="img"
            aria-labelledby="market-map-title market-map-desc"
          >
            <title id="market-map-title">Map of the selected markets shaded by score</title>
            <desc id="market-map-desc">
              {[...markets]
                .sort((a, b) => a.rank - b.rank)
                .map((m) => `${m.rank}. ${m.name} (${formatNumber(m.score, 3)})`)
                .join("; ")}
            </desc>
            <g fill="#e2e8f0" stroke="#ffffff" strokeWidth={0.5}>
              {geometry.background.map((c) => (
                <path key={c.id} d={c.d} />
              ))}
            </g>
            <g stroke="#0f172a" strokeWidth={0.8}>
              {ordered.map((m) => {
                const shape = geometry.shapes.get(m.iso3);
                return shape ? (
                  <path key={m.iso3} d={shape.d} fill={shade(t(m.score))}>
                    <title>{`${m.name}: rank ${m.rank}, score ${formatNumber(m.score, 3)}`}</title>
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
        ) : null}
        {/* Rank badges in HTML so they keep a legible size at any width; the svg's description carries them for screen readers. */}
        {labels.map((l) => (
          <span
            key={l.market.iso3}
            aria-hidden="true"
            className="absolute flex h-5 w-5 -translate-x-1/2 -translate-y-1/2 items-center justify-center rounded-full border border-slate-900 bg-white text-[11px] font-bold text-slate-900 shadow-sm"
            style={{ left: `${(l.x / WIDTH) * 100}%`, top: `${(l.y / HEIGHT) * 100}%` }}
          >
            {l.market.rank}
          </span>
        ))}
        {geometry ? null : (
          <p className="flex h-full items-center justify-center p-4 text-sm text-slate-600">
            None of the selected markets is on the map.
          </p>
        )}
      </div>
      <figcaption className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-700">
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
        <span>Circles: rank. The ranking lists the same scores as text.</span>
        {missing.length > 0 ? <span>Not on the map: {missing.map((m) => m.name).join(", ")}.</span> : null}
      </figcaption>
    </figure>
  );
}

export default memo(MarketMap);
