public class CE29 {
    public static void main(String[] args) {
        // which weekday a date lands on

        int month = Integer.parseInt(args[0]);
        // reads the month in
        int day = Integer.parseInt(args[1]);
        // reads the day in
        int year = Integer.parseInt(args[2]);
        // reads the year in

        int year0 = year - (14 - month) / 12;
        int x = year0 + year0 / 4 - year0 / 100 + year0 / 400;
        int month0 = month + 12 * ((14 - month) / 12) - 2;
        int day0 = (day + x + 31 * month0 / 12) % 7;
        // day0 comes from the Gregorian Calendar formulas.

        System.out.println(day0);
        // outputs the weekday number

    }
}
