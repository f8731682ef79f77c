import type { LocationRecord, OfferFullRecord } from '../../graph/oruk/index.ts';
import { orukId } from './ids.ts';
import { list, optional, text } from './values.ts';
import type { OrukAddress, OrukService } from './types.ts';

/** Where an offer is delivered (service_at_locations) and which areas it serves (service_areas). */
export function toPlaces(offer: OfferFullRecord, serviceId: string): Pick<OrukService, 'service_at_locations' | 'service_areas'> {
  const county = countyOf(offer.authority?.name);
  const locations = offer.locations.map((location) => {
    const locationId = orukId('location', location.id);
    return {
      id: orukId('service_at_location', offer.id, location.id),
      location_id: locationId,
      location: {
        id: locationId,
        location_type: 'physical' as const,
        ...optional('name', text(location.name)),
        ...(location.lat !== null && location.lon !== null ? { latitude: location.lat, longitude: location.lon } : {}),
        ...list('addresses', address(location, county)),
        ...list('accessibility', location.accessibility.filter((a) => a.trim()).map((description, i) => ({
          id: orukId('accessibility', location.id, i), description,
        }))),
      },
    };
  });
  const areaNames = offer.areas.length > 0 ? offer.areas.map((a) => ({ key: a.id, name: a.name })) : offer.areaNames.map((name) => ({ key: name, name }));
  const areas = areaNames.filter((a) => a.name.trim()).map((a) => ({
    id: orukId('service_area', serviceId, a.key), name: a.name, service_area: a.name,
  }));
  return { ...list('service_at_locations', locations), ...list('service_areas', areas) };
}

/**
 * The profile's address needs separate lines, a city, a county and a postcode; the graph keeps one line and a
 * postcode. The last part before the postcode is taken as the town; the county is the authority's area.
 * No postcode or no address: no address record (the location still has its name and position).
 */
function address(location: LocationRecord, county: string | undefined): OrukAddress[] {
  const postcode = text(location.postcode);
  const line = text(location.address);
  if (!postcode || !line) return [];
  const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();
  const parts = line.split(',').map((p) => p.trim()).filter((p) => p && squash(p) !== squash(postcode));
  if (parts.length === 0) return [];
  const city = parts.length > 1 ? parts[parts.length - 1] ?? '' : parts[0] ?? '';
  const lines = parts.length > 1 ? parts.slice(0, -1) : parts;
  const countyPart = county && parts.length > 2 && parts[parts.length - 1]?.toLowerCase() === county.toLowerCase();
  return [{
    id: orukId('address', location.id),
    address_1: (countyPart ? lines.slice(0, -1) : lines).join(', ') || city,
    city: countyPart ? lines[lines.length - 1] ?? city : city,
    state_province: county ?? city,
    postal_code: postcode,
    country: 'GB',
    address_type: 'physical',
  }];
}

/** "Brackenshire County Council" → "Brackenshire". */
function countyOf(authorityName: string | null | undefined): string | undefined {
  const name = text(authorityName);
  return name?.replace(/\s+(?:(?:County|City|Metropolitan Borough|Borough|District)\s+)?Council$/i, '').trim() || undefined;
}
