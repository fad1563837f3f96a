/**
 * The vocabulary register: the lists users pick from (task levels, acceptance ratings, instrument types…) kept as
 * data a department adds to, renames, reorders and retires without a developer; an entry in use is retired, never
 * deleted. The areas read their lists here and say, through {@link vn.gov.khcn.vocabulary.VocabularyUse}, which
 * entries their records use.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "records", "exchange::spi"})
package vn.gov.khcn.vocabulary;
