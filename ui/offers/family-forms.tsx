import { offersDictionary } from '@/i18n/offers';
import { formatNumber } from '@/core/format/number';
import { localeOf, type Lang } from '@/i18n';

/**
 * The family's answers as plain HTML forms posting to the product (no script needed): accept, ask for
 * another unit (with up to three wished units), or decline; in an ECE round, the advance survey.
 */

interface Alternative {
  unitId: string;
  name: string;
  km: number;
}

/** Up to three wished units; the same on the answer form and the advance survey. */
function WishSelects({ lang, id, alternatives }: { lang: Lang; id: string; alternatives: Alternative[] }) {
  const f = offersDictionary(lang).family;
  return (
    <fieldset>
      <legend>{f.wishes}</legend>
      {[1, 2, 3].map((n) => (
        <label key={n} className="family-field" htmlFor={`${id}-wish-${n}`}>
          {f.wish(n)}
          <select id={`${id}-wish-${n}`} name="wish" defaultValue="">
            <option value="">{f.noWish}</option>
            {alternatives.map((a) => (
              <option key={a.unitId} value={a.unitId}>
                {a.name} ({formatNumber(a.km, localeOf(lang), 1)} km)
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}

export function FamilyAnswerForm({
  lang,
  token,
  childId,
  alternatives,
}: {
  lang: Lang;
  token: string;
  childId: string;
  alternatives: Alternative[];
}) {
  const f = offersDictionary(lang).family;
  const id = `answer-${childId}`;
  return (
    <form method="post" action="/api/offers/answer" className="family-form" data-testid="family-answer">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="child" value={childId} />
      <input type="hidden" name="lang" value={lang} />
      <fieldset>
        <legend>{f.answerLegend}</legend>
        {(['accept', 'transfer', 'decline'] as const).map((a) => (
          <label key={a} className="family-choice">
            <input type="radio" name="answer" value={a} required defaultChecked={a === 'accept'} />
            {f[a]}
          </label>
        ))}
      </fieldset>
      <WishSelects lang={lang} id={id} alternatives={alternatives} />
      <button type="submit" className="button primary family-submit" data-testid="family-submit">
        {f.submit}
      </button>
    </form>
  );
}

export function FamilySurveyForm({
  lang,
  token,
  childId,
  language,
  alternatives,
}: {
  lang: Lang;
  token: string;
  childId: string;
  language: 'fi' | 'sv';
  alternatives: Alternative[];
}) {
  const f = offersDictionary(lang).family;
  const id = `survey-${childId}`;
  return (
    <form method="post" action="/api/offers/survey" className="family-form" data-testid="family-survey">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="child" value={childId} />
      <input type="hidden" name="lang" value={lang} />
      <fieldset>
        <legend>{f.survey}</legend>
        <label className="family-field" htmlFor={`${id}-start`}>
          {f.start}
          <input id={`${id}-start`} type="date" name="start" required />
        </label>
        <label className="family-field" htmlFor={`${id}-hours`}>
          {f.hours}
          <input id={`${id}-hours`} type="number" name="hours" min={1} max={12} step={0.5} defaultValue={8} required />
        </label>
        <label className="family-field" htmlFor={`${id}-language`}>
          {f.language}
          <select id={`${id}-language`} name="language" defaultValue={language}>
            <option value="fi">{f.languages.fi}</option>
            <option value="sv">{f.languages.sv}</option>
          </select>
        </label>
        <label className="family-choice">
          <input type="checkbox" name="shift" />
          {f.shiftCare}
        </label>
      </fieldset>
      <WishSelects lang={lang} id={id} alternatives={alternatives} />
      <button type="submit" className="button primary family-submit">
        {f.surveySubmit}
      </button>
    </form>
  );
}
