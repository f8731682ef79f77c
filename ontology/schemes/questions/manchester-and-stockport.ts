import { defineScheme } from '../define.ts';
import { STOCKPORT } from '../sources.ts';
import { question } from './question-entry.ts';

const m = question.bind(null, { id: 'qset:manchester', source: STOCKPORT.manchester });
const s = question.bind(null, { id: 'qset:stockport', source: STOCKPORT.stockport });
const same = (id: string) => ({ links: { EQUIVALENT: [`question:se7-parent-${id}`] } });
const near = (...ids: string[]) => ({ links: { RELATED: ids.map((id) => (id.includes(':') ? id : `question:se7-parent-${id}`)) } });

/** Manchester's 10 school offer topic headings, and the Stockport example school's 19 questions. */
export const manchesterAndStockportQuestions = defineScheme('frameworkQuestion', [
  m(1, 'Teaching and learning', 'Extra support in class, access to the curriculum, staff expertise and training, exam arrangements, sharing progress, offsite provision and work experience.', near('02', '03')),
  m(2, 'Annual reviews', 'Review meetings for children with EHC plans (or older statements), and arrangements for other pupils on SEN support.', near('04', 'process:annual-review')),
  m(3, 'Keeping children safe', 'Risk assessments, handover at the start and end of the day, supervision at breaks and lunch, safety outside the classroom, and bullying policies.', near('05')),
  m(4, 'Health (including emotional health and wellbeing)', 'Giving medicines, care plans, medical emergencies, staff training for particular needs, and health or therapy services on the school site.', near('05', '06', 'process:individual-healthcare-plan')),
  m(5, 'Communication with parents', "Who's who, open door or appointments, progress updates, open days, and how parents give feedback.", near('04', '14')),
  m(6, 'Working together', "Home-school agreements, children's and parents' say, parents as governors, and working with health, social care and voluntary groups.", near('13')),
  m(7, 'What help and support is available for the family?', 'Help with forms and paperwork, information and advice through the school, and help with travel to and from school.', near('14', 'category:home-to-school-travel')),
  m(8, 'Transition to high school', 'Support for moving to high school, such as visits and buddying.', near('10', 'transition:year-6-to-7')),
  m(9, 'Transition from primary school and school leavers', 'Support for Year 6 pupils joining, and for school leavers: careers guidance, college visits, apprenticeships, supported employment and preparing for adulthood.', near('10', 'question:se7-young-person-13')),
  m(10, 'Extra-curricular activities', 'Holiday and before and after school childcare, lunchtime and after-school clubs and their cost, inclusive clubs, and help making friends.', near('08')),
  s(1, 'How does the school know when a child needs extra help?', 'How the school spots that a child may have special educational needs.', same('01')),
  s(2, "How will I share information with the school about my child's needs?", 'How parents tell the school about their child.', near('01', '13')),
  s(3, 'How does the school support a child with SEN?', 'The support the school gives and who gives it.', same('02')),
  s(4, 'How are the governors involved and what is their responsibility?', "The governors' role in SEN.", near('02')),
  s(5, "How will the curriculum be matched to my child's needs?", 'How lessons are adapted.', same('03')),
  s(6, "How can I work with the school to support my child's learning?", 'Working together on learning at home and at school.', near('04')),
  s(7, 'How does the school know how well my child is doing?', 'How progress is checked and shared.', near('04')),
  s(8, "What support will there be for my child's overall wellbeing?", 'Pastoral, medical and social support.', same('05')),
  s(9, 'How does the school manage the administering of medicines?', 'Giving medicines at school.', near('05', 'process:individual-healthcare-plan')),
  s(10, 'What support is there for behaviour, avoiding exclusions and increasing attendance?', 'Help with behaviour, exclusions and attendance.', near('05', 'process:exclusion')),
  s(11, 'How will my child be able to contribute their views?', 'How the child has a say.', near('05')),
  s(12, 'Is there a range of services that the school can liaise with?', 'The outside services the school works with.', same('06')),
  s(13, 'How will my child be included in activities outside of the classroom?', 'Joining in trips and activities.', same('08')),
  s(14, 'How accessible is the school environment?', 'Physical and sensory access to the school.', same('09')),
  s(15, 'How will the school prepare my child for joining the school and transferring to a new school?', 'Support for starting and for moving on.', same('10')),
  s(16, "How are the school's resources allocated and matched to the needs of an SEN child?", 'How SEN money and staff are shared out.', same('11')),
  s(17, 'How are decisions made about the type and level of support that my child will need?', 'Who decides what support a child gets.', same('12')),
  s(18, "How will I know if the provision has had an impact on my child's development?", 'How the school shows that support is working.', near('12', '04')),
  s(19, 'Who can I contact for further information?', 'Who to talk to at the school and beyond.', same('14')),
]);
