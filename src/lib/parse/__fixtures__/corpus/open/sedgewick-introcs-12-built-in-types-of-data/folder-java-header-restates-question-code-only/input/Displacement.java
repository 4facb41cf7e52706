/* *****************************************************************************
 *  Name:              Ryan Ben S. Villanueva
 *  1.2.22 Read three double command-line arguments x0, v0 and t and print
 *  x0  v0t − g t 2  2, taking g as 9.80665. (This is how far, in
 *  meters, an object thrown straight up from position x0 with speed v0
 *  meters per second has moved after t seconds.)
 *  Last modified:     October 13, 2019
 **************************************************************************** */

public class Displacement {
    public static void main(String[] args) {
        double x0 = Double.parseDouble(args[0]);
        double v0 = Double.parseDouble(args[1]);
        double t = Double.parseDouble(args[2]);
        double g = 9.80665;
        double value = x0 + (v0 * t) - ((g * t * t) / 2);
        System.out.println(value);
    }
}
