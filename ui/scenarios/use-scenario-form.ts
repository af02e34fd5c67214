'use client';

import { useState } from 'react';
import { dictionary, type Lang } from '@/i18n';
import { idOf, type Issues } from './field';
import { emptyState, toDocument, type FormState } from './form-state';
import {
  runScenario,
  saveScenario,
  savedScenarioUrl,
  type RunResult,
  type SavedRef,
  type ServerIssue,
} from './scenario-api';

/**
 * The scenario form's state and its two submits. Run compares with the baseline; save stores the
 * document and keeps the saved name and revision, so a second save of the same name replaces that
 * revision. The server's zod issues are shown at their fields; those with no field go in the message.
 */
export function useScenarioForm(opts: {
  lang: Lang;
  municipality: string;
  initial: FormState | null;
  saved: SavedRef | null;
}) {
  const t = dictionary(opts.lang).scenarios;
  const [state, setState] = useState<FormState>(opts.initial ?? emptyState(t.scenario));
  const [issues, setIssues] = useState<Issues>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<'run' | 'save' | null>(null);
  const [result, setResult] = useState<RunResult | null>(null);
  const [savedUrl, setSavedUrl] = useState<string | null>(null);
  const [saved, setSaved] = useState(opts.saved);

  const setField = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setState((s) => ({ ...s, [key]: value }));

  function showIssues(answered: ServerIssue[], fallback: string) {
    const list = answered.map((i) => ({ ...i, param: i.param.replace(/^scenario\./, '') }));
    const next: Issues = {};
    for (const i of list) next[i.param] ??= i.message;
    setIssues(next);
    // Row-level issues ("housing.0") show in their row; any other without an input goes in the message.
    const orphan = list.filter((i) => !document.getElementById(idOf(i.param)) && !/\.\d+$/.test(i.param));
    const detail = orphan.map((i) => `${i.param}: ${i.message}`).join('; ');
    setMessage(list.length ? `${t.invalid}${detail ? ` ${detail}` : ''}` : fallback);
  }

  async function submit(kind: 'run' | 'save', action: () => Promise<void>, failed: string) {
    setBusy(kind);
    setMessage(null);
    setSavedUrl(null);
    try {
      await action();
    } catch {
      setMessage(failed);
    } finally {
      setBusy(null);
    }
  }

  const run = () =>
    submit(
      'run',
      async () => {
        const answer = await runScenario(opts.municipality, toDocument(state, opts.municipality));
        if (!answer.ok) {
          setResult(null);
          return showIssues(answer.issues, t.failed);
        }
        setIssues({});
        setResult(answer.data);
      },
      t.failed,
    );

  const save = () =>
    submit(
      'save',
      async () => {
        const document = toDocument(state, opts.municipality);
        const revision = saved && saved.name === document.name ? saved.revision : undefined;
        const answer = await saveScenario(opts.municipality, document, revision);
        if (!answer.ok) return showIssues(answer.issues, t.saveFailed);
        setIssues({});
        setSaved(answer.data);
        setSavedUrl(savedScenarioUrl(answer.data, opts.municipality, opts.lang));
      },
      t.saveFailed,
    );

  return { state, setField, issues, message, busy, result, savedUrl, run, save };
}
