/* *****************************************************************************
 *  Name:              Ryan Ben S. Villanueva
 *  1.2.31 Mercator projection. This conformal (angle-keeping) projection
 *  turns latitude  and longitude  into flat coordinates (x, y). Sea
 *  charts and printed web maps both rely on it. Read 0 plus the latitude
 *  and longitude of a point from the command line and print where the
 *  point lands.
 *  Last modified:     October 14, 2019
 **************************************************************************** */

public class MercatorProjection {
    public static void main(String[] args) {
        double lambda0 = Double.parseDouble(args[0]);
        double latitude = Double.parseDouble(args[1]);
        double longitude = Double.parseDouble(args[2]);

        double x = longitude - lambda0;
        double y = Math.log((1 + Math.sin(latitude)) /
                                    (1 - Math.sin(latitude))) / 2;
        System.out.println("Projection (x,y): (" + x + "," + y + ")");
    }
}
