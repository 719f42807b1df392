/** Synthetic adoption and adopter records for the store contract suite, built in code. */
import { type Adopter, type Adoption, dayOf } from '../domain/index.ts';

/** Child C1's adoption journey (every field set) and two adopters of one family. */
export function sampleAdoption(child: string): { adoptions: Adoption[]; adopters: Adopter[] } {
  const adopter = (adopterId: string, gender: Adopter['gender']): Adopter => ({
    adopterId,
    enquiryDate: dayOf(2023, 1, 31),
    familyId: 'F1',
    gender,
    ethnicity: 'WBRI',
    birthDate: dayOf(1988, 2, 29),
    disability: false,
    fosteringForAdoption: null,
    stage1Start: dayOf(2023, 2, 28),
    stage1End: dayOf(2023, 4, 30),
    stage2Start: dayOf(2023, 5, 1),
    stage2End: null,
    applicationDate: dayOf(2023, 5, 1),
    approvedDate: dayOf(2023, 9, 30),
    matchedDate: dayOf(2023, 12, 31),
    placedDate: dayOf(2024, 1, 15),
    childrenPlaced: 1,
    adoptionOrderDate: null,
    leftDate: null,
    reasonLeft: null,
  });
  return {
    adoptions: [
      {
        childId: child,
        enteredCareDate: dayOf(2023, 4, 1),
        familyId: 'F1',
        disability: false,
        decisionDate: dayOf(2023, 8, 31),
        placementOrderDate: dayOf(2023, 11, 30),
        matchedDate: dayOf(2023, 12, 31),
        placedDate: dayOf(2024, 1, 15),
        adoptionOrderDate: dayOf(2024, 2, 29),
        reversedDate: null,
        reasonReversed: null,
        ffaPlacedDate: null,
      },
    ],
    adopters: [adopter('A1', 'female'), { ...adopter('A2', 'male'), reasonLeft: '1' }],
  };
}
