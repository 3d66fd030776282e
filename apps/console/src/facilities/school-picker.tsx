/** The facilities pages' names for the shared school picker (shared/school-picker.tsx). */
export { SchoolPicker as FacilitiesSchoolPicker, useSchoolParam as useFacilitiesSchool } from '../shared/school-picker';
