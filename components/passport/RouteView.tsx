// Picks the view for the current place in the passport.
import type { Route } from '../../utils/passport/route';
import { AgreementView } from './AgreementView';
import { ChildOverview } from './ChildOverview';
import { ChildSectionView } from './ChildSectionView';
import { ExportView } from './ExportView';
import { HandOver } from './HandOver';
import { Home } from './Home';
import { ImportView } from './ImportView';
import { LockView } from './LockView';
import { IncidentEdit } from './IncidentEdit';
import { IncidentStart } from './IncidentStart';
import { NewChild } from './NewChild';
import { NotFound } from './NotFound';
import { PrintView } from './PrintView';

export function RouteView({ route }: { route: Route }) {
  switch (route.view) {
    case 'home':
      return <Home />;
    case 'child-new':
      return <NewChild prefill={route.prefill} />;
    case 'child':
      return <ChildOverview key={route.childId} childId={route.childId} />;
    case 'child-section':
      return <ChildSectionView key={`${route.childId}/${route.section}`} childId={route.childId} section={route.section} prefill={route.prefill} />;
    case 'agreement':
      return <AgreementView key={`${route.agreementId}/${route.edit ? 'edit' : 'view'}`} agreementId={route.agreementId} edit={route.edit === true} />;
    case 'incident':
      return <IncidentEdit key={route.incidentId} incidentId={route.incidentId} />;
    case 'incident-start':
      return <IncidentStart prefill={route.prefill} />;
    case 'export':
      return <ExportView key={route.childId ?? ''} childId={route.childId} />;
    case 'import':
      return <ImportView />;
    case 'lock':
      return <LockView />;
    case 'print':
      return <PrintView key={route.childId ?? ''} childId={route.childId} />;
    case 'move':
      return <HandOver key={route.childId} childId={route.childId} />;
    case 'not-found':
      return <NotFound />;
  }
}
