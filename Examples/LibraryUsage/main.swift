import ActorGraph
print("placeholder")
