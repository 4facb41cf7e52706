public class creativeex1 {
    public static void main(String[] args) {
        // computing the windchill
        double t = 30; // picked t so that it stays under 50.
        double v = 100; // picked v so that it stays below 120 and above
                        // 3.
        double b = 0.16; // b is the fixed exponent in the windchill formula
        double result = Math.pow(v, b); // raised v to the power b.
        double windchill = (35.74 + 0.6215 * t + (0.4275 * t - 35.75) * result);
        System.out.println("temperature is " + t + " in Fahrenheit"); // showed the temperature
        System.out.println("windspeed is " + v + " in miles per hour"); // showed the windspeed
        System.out.println("windchill is " + windchill); // showed the windchill

    }

}
