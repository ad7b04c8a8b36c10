"""Language, translation of core texts, and Kyrgyz/Russian formatting of dates and numbers."""
