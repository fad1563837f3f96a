/**
 * The application centre (Trung tâm Ứng dụng tiến bộ KH&CN): its products, production lots, sales and the stock on
 * hand they give; its training courses, gene bank and model work.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "records", "reporting", "exchange::spi", "organisations"})
package vn.gov.khcn.centre;
