-- Birthdays and anniversaries kept by the lunar calendar or without a year. Such a date is kept
-- here as model.YearlyDate writes it ('lunar 1980-08-15', 'lunar --08-15', '--03-15'), and the
-- plain date column beside it stays empty, so the solar greetings never read it twice. Its last
-- five characters are its month and day ('08-15'), which the greetings find it by.
ALTER TABLE customers ADD COLUMN birthday_yearly TEXT;
ALTER TABLE customers ADD COLUMN anniversary_yearly TEXT;
ALTER TABLE contacts ADD COLUMN birthday_yearly TEXT;
CREATE INDEX customers_birthday_yearly ON customers(substr(birthday_yearly, -5), birthday_yearly) WHERE birthday_yearly IS NOT NULL;
CREATE INDEX customers_anniversary_yearly ON customers(substr(anniversary_yearly, -5), anniversary_yearly) WHERE anniversary_yearly IS NOT NULL;
CREATE INDEX contacts_birthday_yearly ON contacts(substr(birthday_yearly, -5), birthday_yearly, customer_id) WHERE birthday_yearly IS NOT NULL;
