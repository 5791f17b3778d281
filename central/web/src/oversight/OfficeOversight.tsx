// One office for one quarter: its self-assessment, the inspector's form (a new or open
// draft; the signed inspection otherwise), and its history of inspections.
import { useCallback, useEffect, useState } from 'react';
import type { CentralApi } from '../api';
import { dateTimeText } from '../format';
import type { Inspection, OversightMe, SelfAssessment } from './model';
import { InspectionForm } from './InspectionForm';
import { InspectionHistory } from './InspectionHistory';
import { SelfAssessmentView } from './SelfAssessmentView';

interface Props {
  api: CentralApi;
  me: OversightMe;
  officeId: string;
  quarter: string;
  onBack(): void;
}

export function OfficeOversight({ api, me, officeId, quarter, onBack }: Props) {
  const [assessment, setAssessment] = useState<SelfAssessment | null>(null);
  const [history, setHistory] = useState<Inspection[] | null>(null);
  const [error, setError] = useState('');

  const load = useCallback(async () => {
    try {
      const id = encodeURIComponent(officeId);
      const [a, h] = await Promise.all([
        api.get<SelfAssessment>(`/oversight/offices/${id}/self-assessment?quarter=${quarter}`),
        api.get<{ inspections: Inspection[] }>(`/oversight/offices/${id}/inspections`),
      ]);
      setAssessment(a);
      setHistory(h.inspections);
      setError('');
    } catch (err) {
      setError((err as Error).message);
    }
  }, [api, officeId, quarter]);

  useEffect(() => {
    void load();
  }, [load]);

  const ofQuarter = (history ?? []).filter((i) => i.quarter === quarter);
  const draft = ofQuarter.find((i) => i.status === 'draft') ?? null;
  const signed = ofQuarter.find((i) => i.status === 'signed' && !i.correctedBy) ?? null;
  const isInspector = me.role === 'inspector';

  return (
    <section className="oversight-office" data-testid="oversight-office" data-office={officeId}>
      <p>
        <button type="button" className="secondary" onClick={onBack}>
          بازگشت به فهرست ادارات
        </button>
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {assessment && (
        <>
          <h2>
            {assessment.office.name} — خوداظهاری {assessment.period.label}
          </h2>
          <SelfAssessmentView assessment={assessment} />
          {isInspector && (draft || !signed) && (
            <InspectionForm
              key={draft?.id ?? 'new'}
              api={api}
              officeId={officeId}
              quarter={quarter}
              quarterLabel={assessment.period.label}
              inspectorName={me.name}
              assessment={assessment}
              draft={draft}
              onSaved={() => void load()}
            />
          )}
          {signed && !draft && (
            <p className="ok" data-testid="oversight-signed">
              بازرسی {signed.quarterLabel} در {dateTimeText(signed.signedAt)} به امضای {signed.signedBy} رسیده است و دیگر تغییر نمی‌کند.
              {isInspector && ' برای اصلاح، از سابقهٔ زیر نسخهٔ اصلاحی بسازید.'}
            </p>
          )}
        </>
      )}
      {history && <InspectionHistory api={api} inspections={history} canCorrect={isInspector} onCorrected={() => void load()} />}
    </section>
  );
}
