from claimcheck.engine.numbers.reader import read_quantities

# The grammar compiles at its first use (~0.5 s): here, not inside a timed
# property-test example.
read_quantities("1 km")
