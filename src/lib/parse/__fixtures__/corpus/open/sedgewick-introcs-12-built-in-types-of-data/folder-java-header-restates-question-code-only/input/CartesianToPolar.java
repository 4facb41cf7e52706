/* *****************************************************************************
 *  Name:              Ryan Ben S. Villanueva
 *  1.2.26 Polar coordinates. Convert a point given in Cartesian form to
 *  polar form. Read two double commandline arguments x and y and output
 *  the polar pair r and . Call Math.atan2(y, x) to get the arctangent of
 *  y/x, which lands between -pi and pi.
 *  Last modified:     October 20, 2019
 **************************************************************************** */

public class CartesianToPolar {
    public static void main(String[] args) {
        double x = Double.parseDouble(args[0]);
        double y = Double.parseDouble(args[1]);
        double theta = Math.atan2(y, x);
        double r = Math.sqrt((x * x) + (y * y));

        System.out.println("The point (" + x + "," + y + ") is "
                                   + "(" + r + "," + theta + ") "
                                   + "in Polar Coordinates.");
    }
}
