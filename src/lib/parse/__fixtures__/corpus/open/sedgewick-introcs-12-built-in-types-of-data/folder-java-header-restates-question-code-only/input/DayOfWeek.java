/* *****************************************************************************
 *  Name:              Ryan Ben S. Villanueva
 *  1.2.29 Day of the week. Read a date and print which weekday it falls
 *  on. Take three int commandline arguments: m (month), d (day), and y (year),
 *  where m is 1 for January, 2 for February, and so on. Print 0 for
 *  Sunday, 1 for Monday, 2 for Tuesday, and so on.
 *  Last modified:     October 20, 2019
 **************************************************************************** */

public class DayOfWeek {
    public static void main(String[] args) {
        int m = Integer.parseInt(args[0]);
        int d = Integer.parseInt(args[1]);
        int y = Integer.parseInt(args[2]);

        int y0 = y - ((14 - m) / 12);
        int x = y0 + (y0 / 4) - (y0 / 100) + (y0 / 400);
        int m0 = m + 12 * ((14 - m) / 12) - 2;
        int d0 = (d + x + (31 * m0) / 12) % 7;

        System.out.println(d0);
    }
}
