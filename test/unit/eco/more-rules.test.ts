// The eco rules for RGESN 4.2, 4.5, 4.13, 5.3, 5.4 and 5.7 on hand-built snapshots.

import { describe, expect, it } from 'vitest';
import { ECO_RULES } from '../../../src/audits/eco/rules/index.js';
import { ecoInputsOf, runEcoRule } from '../../../src/audits/eco/run-rules.js';
import type { EcoFacts, EcoMoreFacts } from '../../../src/core/facts/eco.js';
import type { NetworkEntry, PageSnapshot } from '../../../src/core/snapshot.js';
import { ecoFacts, entry, snapshot } from './build.js';

const more = (over: Partial<EcoMoreFacts> = {}): EcoMoreFacts => ({
  widgets: { native: 10, customCount: 0, custom: [] },
  permissionRequests: [],
  videos: [],
  documents: [],
  ...over,
});

function run(
  id: string,
  {
    network = [],
    eco = {},
    page = {},
  }: { network?: NetworkEntry[]; eco?: Partial<EcoFacts>; page?: Partial<PageSnapshot> },
) {
  const rule = ECO_RULES.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`no eco rule ${id}`);
  const base = snapshot(network, ecoFacts(eco));
  return runEcoRule(rule, ecoInputsOf({ ...base, ...page }));
}

const target = { selector: 'x', snippet: '<x>' };

describe('RGESN 4.2, 4.5, 4.13, 5.3, 5.4, 5.7', () => {
  it('video-codec-inefficient: old containers fail, WebM/MP4 pass, no video is not applicable', () => {
    const video = (mimeType: string) =>
      entry(`https://m.example.fr/v.${mimeType.split('/')[1]}`, { mimeType, transferBytes: 4_000_000 });
    const failed = run('video-codec-inefficient', {
      network: [video('video/x-msvideo'), video('video/mp4')],
    });
    expect(failed.outcome).toBe('failed');
    expect(failed.counts).toEqual({ passed: 1, failed: 1, cantTell: 0 });
    expect(failed.evidence[0]!.saving).toEqual({ bytes: 2_000_000 });
    expect(run('video-codec-inefficient', { network: [video('video/webm')] }).outcome).toBe('passed');
    expect(
      run('video-codec-inefficient', {
        network: [entry('https://m.example.fr/a.png', { mimeType: 'image/png' })],
      }).outcome,
    ).toBe('inapplicable');
  });

  it('video-definition-excessive: more than twice the displayed size in both dimensions fails', () => {
    const video = (videoWidth: number, videoHeight: number) => ({
      ...target,
      src: 'v.mp4',
      videoWidth,
      videoHeight,
      renderedWidth: 640,
      renderedHeight: 360,
    });
    expect(
      run('video-definition-excessive', { eco: { more: more({ videos: [video(3840, 2160)] }) } }).outcome,
    ).toBe('failed');
    expect(
      run('video-definition-excessive', { eco: { more: more({ videos: [video(1280, 720)] }) } }).outcome,
    ).toBe('passed');
    expect(
      run('video-definition-excessive', { eco: { more: more({ videos: [video(0, 0)] }) } }).outcome,
    ).toBe('cantTell');
    expect(run('video-definition-excessive', { eco: { more: more() } }).outcome).toBe('inapplicable');
  });

  it('notification-request: a request made by the page fails; older snapshots are to check', () => {
    expect(
      run('notification-request', {
        eco: { more: more({ permissionRequests: ['Notification.requestPermission'] }) },
      }).outcome,
    ).toBe('failed');
    expect(run('notification-request', { eco: { more: more() } }).outcome).toBe('passed');
    expect(run('notification-request', { eco: {} }).outcome).toBe('cantTell');
  });

  it('custom-widgets-majority: five or more rebuilt components, at least as many as native ones, fail', () => {
    const widgets = (native: number, customCount: number) =>
      more({ widgets: { native, customCount, custom: [target] } });
    expect(run('custom-widgets-majority', { eco: { more: widgets(6, 6) } }).outcome).toBe('failed');
    expect(run('custom-widgets-majority', { eco: { more: widgets(20, 6) } }).outcome).toBe('passed');
    expect(run('custom-widgets-majority', { eco: { more: widgets(1, 4) } }).outcome).toBe('passed');
    expect(run('custom-widgets-majority', { eco: { more: widgets(0, 0) } }).outcome).toBe('inapplicable');
  });

  it('infinite-scroll: growth after the scroll is to check, none passes, no scroll is not applicable', () => {
    const measured = (scrollGrowth: { heightPx: number; elements: number } | null) => ({
      measurement: { ...snapshot([]).measurement, scrollGrowth },
    });
    expect(run('infinite-scroll', { page: measured({ heightPx: 2400, elements: 180 }) }).outcome).toBe(
      'cantTell',
    );
    expect(run('infinite-scroll', { page: measured({ heightPx: 300, elements: 4 }) }).outcome).toBe('passed');
    expect(run('infinite-scroll', { page: measured(null) }).outcome).toBe('inapplicable');
    expect(run('infinite-scroll', {}).outcome).toBe('cantTell');
  });

  it('document-format-legacy: .doc, .xls, .ppt and .rtf fail, open or compressed formats pass', () => {
    const doc = (extension: string) => ({
      ...target,
      href: `https://www.mairie.example.fr/f.${extension}`,
      extension,
    });
    const finding = run('document-format-legacy', {
      eco: { more: more({ documents: [doc('doc'), doc('pdf'), doc('odt')] }) },
    });
    expect(finding.counts).toEqual({ passed: 2, failed: 1, cantTell: 0 });
    expect(run('document-format-legacy', { eco: { more: more() } }).outcome).toBe('inapplicable');
  });
});
