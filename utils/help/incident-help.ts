// What the passport's incident form says about help, from the chosen country's directory only: the
// numbers to call in danger, the line for a child at risk, where sexual images of a child are
// reported, and the services a carer may have reported to. Pure: the directory is data.
import { directoryFor, emergencyFor, routeSituation, serviceById, type DirectoryId, type Service } from './helplines';

export interface IncidentHelp {
  /** "999", "17", "112": what to dial in danger, most important first (none for "another country"). */
  emergencyNumbers: string[];
  /** The line for a child at risk (France's 119, the NSPCC helpline, Childhelp…), if the country has one. */
  childAtRisk?: Service;
  /** Where sexual images of a child are reported (Pharos, the IWF, NCMEC's CyberTipline…). */
  imageReports: Service[];
  /** The services an incident may have been reported to: people who answer and reporting portals. */
  reportServices: Service[];
}

const phoned = (service: Service): boolean => service.phone !== undefined;

export function incidentHelp(country: DirectoryId): IncidentHelp {
  const emergency = emergencyFor(country);
  const childAtRisk = routeSituation(country, 'child-danger')
    .steps.map((step) => step.service)
    .find((service) => service.kind === 'helpline' && phoned(service));
  const imageReports = routeSituation(country, 'illegal-content')
    .steps.map((step) => step.service)
    .filter((service) => service.kind === 'reporting' || service.kind === 'helpline');
  const reportServices = directoryFor(country).services.filter((service) => service.kind === 'helpline' || service.kind === 'reporting');
  return {
    emergencyNumbers: emergency.flatMap((service) => (service.phone ? [service.phone.display] : [])),
    ...(childAtRisk ? { childAtRisk } : {}),
    imageReports,
    reportServices,
  };
}

/** A service as a carer recognises it: its name, with its number when the name does not say it. */
export function serviceLabel(service: Service): string {
  const phone = service.phone?.display;
  return phone && !service.name.includes(phone) ? `${service.name} (${phone})` : service.name;
}

/** The label of a service named by its id in a record; the id itself if no directory knows it any more. */
export function serviceLabelById(id: string): string {
  const service = serviceById(id);
  return service ? serviceLabel(service) : id;
}
