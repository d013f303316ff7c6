import type { Respondent } from '@/rules/answers/answers-schema';
import { useT } from '@/i18n/language-context';

const FIELDS = ['name', 'role', 'company'] as const;

export type RespondentFieldsProps = {
  respondent: Respondent;
  onChange: (respondent: Respondent) => void;
};

/** Name, role and company (all optional): shown on the report and kept in the answers file. */
export function RespondentFields({ respondent, onChange }: RespondentFieldsProps) {
  const t = useT();
  return (
    <fieldset className="field">
      <legend>{t('questionnaire.respondent.title')}</legend>
      <p className="field__hint" id="respondent-hint">
        {t('questionnaire.respondent.hint')}
      </p>
      <div className="respondent">
        {FIELDS.map((field) => (
          <div key={field}>
            <label className="field__label" htmlFor={`respondent-${field}`}>
              {t(`questionnaire.respondent.${field}`)}
            </label>
            <input
              id={`respondent-${field}`}
              className="input"
              type="text"
              maxLength={200}
              autoComplete={field === 'name' ? 'name' : field === 'role' ? 'organization-title' : 'organization'}
              aria-describedby="respondent-hint"
              value={respondent[field] ?? ''}
              onChange={(event) => onChange({ ...respondent, [field]: event.target.value })}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
