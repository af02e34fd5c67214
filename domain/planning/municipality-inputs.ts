/** One municipality's areas and units (a saved scenario belongs to the municipality it was made for). */
export function inputsOfMunicipality<
  T extends { areas: { municipalityCode: string }[]; units: { municipalityCode: string }[] },
>(inputs: T, municipalityCode: string): T {
  return {
    ...inputs,
    areas: inputs.areas.filter((a) => a.municipalityCode === municipalityCode),
    units: inputs.units.filter((u) => u.municipalityCode === municipalityCode),
  };
}
