/**
 * The technology and intellectual-property registers of Phòng QLCN&SHTT: technology opinions on investment projects
 * ({@link vn.gov.khcn.technology.Appraisals}), IP registration support ({@link vn.gov.khcn.technology.IpSupportCases}),
 * collective marks and geographical indications ({@link vn.gov.khcn.technology.CollectiveMarks}), proposals to the
 * national IP programme ({@link vn.gov.khcn.technology.IpProposals}), innovation plans
 * ({@link vn.gov.khcn.technology.InnovationPlans}), and the initiative-recognition rounds with the initiatives they
 * recognise ({@link vn.gov.khcn.technology.InitiativeRounds}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "records", "reporting", "exchange::spi",
        "organisations", "documents"})
package vn.gov.khcn.technology;
